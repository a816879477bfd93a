// Runs a Node program as a child of the devstack JVM and ends it when the JVM
// goes away: the JVM holds our stdin open, so end-of-file means it has exited,
// even if it was killed before it could stop us.
const path = require('path');

const target = path.resolve(process.argv[2]);
process.argv.splice(2, 1);
// say why we stop: a server that vanishes without a word is hard to diagnose
process.stdin.on('end', () => {
  console.error(`[with-parent] stdin ended (the devstack JVM is gone): stopping ${path.basename(target)}`);
  process.exit(0);
});
process.stdin.on('error', (error) => {
  console.error(`[with-parent] stdin failed (${error.message}): stopping ${path.basename(target)}`);
  process.exit(0);
});
process.on('exit', (code) => console.error(`[with-parent] ${path.basename(target)} exits with code ${code}`));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`[with-parent] ${signal}: stopping ${path.basename(target)}`);
    process.exit(0);
  });
}
// A client that gives up on a request (the AWS SDK's attempt timeout on a busy machine) resets its
// connection; dynalite 4.0.0 rethrows that socket error from its request handler, which would end the whole
// server. The request is abandoned anyway, so such an error is logged and the server goes on; any other
// uncaught error still stops it.
const CLIENT_WENT_AWAY = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);
process.on('uncaughtException', (error) => {
  if (CLIENT_WENT_AWAY.has(error && error.code) || (error && error.message === 'aborted')) {
    console.error(`[with-parent] ${path.basename(target)}: a client went away mid-request (${error.code || error.message}); serving on`);
    return;
  }
  console.error(`[with-parent] ${path.basename(target)}: uncaught ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
process.stdin.resume();
require(target);
