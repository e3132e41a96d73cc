/** Thrown by a command that must end the CLI with a given status (exec, audit). */
export class ExitRequest extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}
