// Checklist texts for the workflows, shared by the UI and the CLI.
export * from './rotation-steps';
export * from './audit-steps';
export * from './leak-steps';
export * from './assessment-flags';
