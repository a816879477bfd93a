// Runs a Node program as a child of the devstack JVM and ends it when the JVM
// goes away: the JVM holds our stdin open, so end-of-file means it has exited,
// even if it was killed before it could stop us.
const path = require('path');

const target = path.resolve(process.argv[2]);
process.argv.splice(2, 1);
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
require(target);
