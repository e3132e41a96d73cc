// Exits 0 when a Secret Service accepts a write, read and delete through keytar.
const keytar = require('keytar');
const service = 'Keyward-probe';
const account = `probe-${process.pid}`;
keytar
  .setPassword(service, account, 'probe')
  .then(() => keytar.getPassword(service, account))
  .then(async (value) => {
    await keytar.deletePassword(service, account);
    if (value !== 'probe') throw new Error('keyring read back another value');
  })
  .then(
    () => process.exit(0),
    (error) => {
      console.error(`no usable Secret Service: ${error.message}`);
      process.exit(1);
    },
  );
