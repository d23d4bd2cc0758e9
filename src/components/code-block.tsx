/**
 * A block of code or response text. It scrolls when long or wide, so it is
 * in the tab order: a keyboard user can reach it and scroll it (WCAG 2.1.1;
 * axe's scrollable-region-focusable).
 */
export function CodeBlock({ label, text }: { label: string; text: string }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable content must be keyboard-reachable
    <pre className="code-block" aria-label={label} tabIndex={0}>
      {text}
    </pre>
  )
}
