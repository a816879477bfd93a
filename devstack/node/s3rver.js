// s3rver with the devstack's static credentials: s3rver 3.7.1 checks no SigV4 signature, but it does look the
// access key id up in its account registry, which knows only S3RVER. Registering the key every CareerVault
// client uses (Dynalite.ACCESS_KEY) spares the services an S3-only credential setting. Arguments are s3rver's.
require('s3rver/lib/models/account').DUMMY_ACCOUNT.createKeyPair('local', 'local');
require('s3rver/bin/s3rver.js');
