/** Hide everything at once, from eyes and from screen readers (quick exit's first step). */
export function blankView(doc: Document = document): void {
  const { body } = doc;
  body.style.setProperty('display', 'none', 'important');
  body.setAttribute('aria-hidden', 'true');
  body.inert = true;
}
