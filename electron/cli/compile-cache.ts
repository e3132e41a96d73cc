export function enableCompileCache(): void {}
