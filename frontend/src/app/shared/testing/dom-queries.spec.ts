import { alertText, buttonNamed, inputLabelled, queryButtonNamed, queryInputLabelled, textOf, typeInto } from './dom-queries';

describe('dom queries', () => {
  const root = () => {
    const div = document.createElement('div');
    div.innerHTML = `
      <label for="e">Email</label><input id="e">
      <label for="p">Password <span aria-hidden="true">*</span></label><input id="p">
      <button>  Sign   in </button>
      <div role="alert"> Wrong e-mail </div>`;
    return div;
  };

  it('finds inputs by their label and buttons by their text', () => {
    const el = root();
    expect(inputLabelled(el, 'Email').id).toBe('e');
    expect(inputLabelled(el, 'Password').id).toBe('p');
    expect(queryInputLabelled(el, 'Name')).toBeNull();
    expect(() => inputLabelled(el, 'Code')).toThrow('No input labelled "Code"');
    expect(buttonNamed(el, 'Sign in').tagName).toBe('BUTTON');
    expect(queryButtonNamed(el, 'Sign up')).toBeNull();
    expect(alertText(el)).toBe('Wrong e-mail');
    expect(textOf(el.querySelector('button'))).toBe('Sign in');
  });

  it('types with an input event', () => {
    const input = document.createElement('input');
    const seen: string[] = [];
    input.addEventListener('input', () => seen.push(input.value));
    typeInto(input, 'abc');
    expect(seen).toEqual(['abc']);
  });
});
