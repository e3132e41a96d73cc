// Moved to core's test helpers (core tests use it too); kept here for the CLI tests' imports.
export { snapshot } from '../../core/test/vault-snapshot';
