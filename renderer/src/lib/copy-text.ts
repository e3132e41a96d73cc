// Copies non-secret text (a public key PEM) from the page. Secrets never go this way: they
// are copied by main (keys.copy), which clears the clipboard afterwards.
export async function copyPublicText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The Electron shell refuses permission requests; fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}
