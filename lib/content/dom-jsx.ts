/**
 * The content script's JSX: elements made at once as DOM nodes, in place of Preact, which the content-script build
 * aliases here (wxt.config.ts). A badge is small and drawn whole from its model, so it needs no diffing, and Preact
 * was 4 KB gzip of the content scripts' 24 KB budget. Only what components/Badge.tsx uses: elements, function
 * components, fragments, string and number children, `class` and other attributes as text, `on…` handlers, and a
 * `<details>` drawn again keeps its open state. Extension pages and unit tests keep Preact itself.
 */
type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => Node | null;

export const Fragment = (props: Props): Node => {
  const fragment = document.createDocumentFragment();
  append(fragment, props.children);
  return fragment;
};

function append(parent: Node, child: unknown): void {
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else if (child instanceof Node) parent.appendChild(child);
  else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
  // null, undefined and booleans (`cond && <x/>`) draw nothing, as in Preact.
}

export function jsx(type: string | Component, props: Props): Node | null {
  if (typeof type === 'function') return type(props);
  const el = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, props.children);
  return el;
}
export { jsx as jsxs };

const drawn = new WeakMap<ParentNode, Node>();

/** Draws `node` in `container` in place of what this drew there before (other children, a <style>, stay). */
export function render(node: Node | null, container: ParentNode): void {
  const old = drawn.get(container);
  if (old instanceof HTMLDetailsElement && node instanceof HTMLDetailsElement) node.open = old.open;
  if (node) {
    if (old?.parentNode === container) container.replaceChild(node, old);
    else container.appendChild(node);
    drawn.set(container, node);
  } else {
    old?.parentNode?.removeChild(old);
    drawn.delete(container);
  }
}
