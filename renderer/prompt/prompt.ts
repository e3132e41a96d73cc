// The passphrase prompt's page: shows main's wording (it names the key), sends the typed
// passphrase to main through window.keywardPrompt, and says so when it is wrong. Not the
// app's renderer: no React, no store, no window.keyward. The field is cleared after each try.
import type { PromptApi } from '../../shared/ipc/prompt';

const prompt = (window as unknown as { keywardPrompt: PromptApi }).keywardPrompt;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The prompt page has no #${id}.`);
  return element as T;
}

async function start(): Promise<void> {
  const text = await prompt.details();
  if (!text) return;
  document.documentElement.lang = text.lang;
  document.title = text.title;
  const form = byId<HTMLFormElement>('prompt');
  const field = byId<HTMLInputElement>('passphrase');
  const wrong = byId<HTMLParagraphElement>('wrong');
  const submit = byId<HTMLButtonElement>('submit');
  byId('message').textContent = text.message;
  byId('field-label').textContent = text.fieldLabel;
  submit.textContent = text.submit;
  const cancel = byId<HTMLButtonElement>('cancel');
  cancel.textContent = text.cancel;
  wrong.textContent = text.wrong;
  form.hidden = false;
  field.focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = field.value;
    field.value = '';
    if (typed === '') return;
    submit.disabled = true;
    wrong.hidden = true;
    prompt
      .submit(typed)
      .then((right) => {
        // Right: main closes this window. Wrong: say so and let the user try again.
        if (!right) wrong.hidden = false;
      })
      .catch(() => (wrong.hidden = false))
      .finally(() => {
        submit.disabled = false;
        field.focus();
      });
  });
  const leave = () => void prompt.cancel();
  cancel.addEventListener('click', leave);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') leave();
  });
}

void start();
