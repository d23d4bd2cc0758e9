import { useLayoutEffect, type RefObject } from 'react'

/**
 * A field of the prerendered page can be typed into before the app has
 * taken the page over: hydration keeps the text on screen, but the
 * component's state, which the field shows from then on, starts empty.
 * This hands that text to the state once, as the app takes over, so what
 * the user sees is what the app uses. Before any paint: nothing flickers.
 */
export function useTextTypedBeforeHydration(
  field: RefObject<HTMLInputElement | null>,
  adopt: (typed: string) => void,
): void {
  useLayoutEffect(() => {
    const typed = field.current?.value
    if (typed) adopt(typed)
    // Once, at mount: later text comes through the field's onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
