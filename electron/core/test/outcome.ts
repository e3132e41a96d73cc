// What a call ended with, as a short value to compare: 'ok', or the error's code. A resolved
// VaultStore is never handed to `expect` (formatting libsodium's heap in a failure message
// takes minutes).
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : String(error);
  }
}
