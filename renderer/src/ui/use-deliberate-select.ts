import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** Keys that move a closed select's choice on Windows and Linux, firing "change" at every press. */
const MOVING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

const onMac = () => navigator.platform.toUpperCase().includes('MAC');

interface DeliberateSelectOptions<V extends string> {
  choices: readonly V[];
  /** Words a typed letter is matched against, first letter first (the choice's label, its id). */
  wordsOf: (choice: V) => string[];
  commit: (choice: V) => void;
}

/**
 * A select whose choice is an action (recording a status) must not act while the user arrows
 * through it: on Windows and Linux a focused, closed select changes (and fires "change") at each
 * arrow key, so every option passed on the way would be recorded. Here a change made with the
 * keys only becomes pending; Enter commits it, Escape drops it, and the caller shows a way to
 * confirm it after the select loses focus. A choice made in the open list (mouse, or Enter in the
 * list) commits at once. A typed letter picks the next choice whose words start with it.
 */
export function useDeliberateSelect<V extends string>({ choices, wordsOf, commit }: DeliberateSelectOptions<V>) {
  const [pending, setPending] = useState<V | null>(null);
  // Whether the last change came from keys pressed on the closed select.
  const byKeys = useRef(false);

  function onKeyDown(event: KeyboardEvent<HTMLSelectElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      byKeys.current = false; // Alt+Down opens the list: what is chosen there is deliberate.
      return;
    }
    if (event.key === 'Enter' && pending !== null) {
      event.preventDefault();
      event.stopPropagation();
      setPending(null);
      commit(pending);
      return;
    }
    if (event.key === 'Escape' && pending !== null) {
      event.preventDefault();
      event.stopPropagation();
      setPending(null);
      return;
    }
    if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      // The browser's own type-ahead matches the option's whole text ("Mark as …"), so it is
      // replaced by a match on the choice's own words, cycling past the one picked already.
      event.preventDefault();
      const letter = event.key.toLocaleLowerCase();
      const start = pending === null ? -1 : choices.indexOf(pending);
      const ordered = [...choices.slice(start + 1), ...choices.slice(0, start + 1)];
      const match = ordered.find((c) => wordsOf(c).some((w) => w.toLocaleLowerCase().startsWith(letter)));
      if (match !== undefined) setPending(match);
      return;
    }
    // On macOS the arrows open the list instead of changing the choice.
    byKeys.current = MOVING_KEYS.has(event.key) && !onMac();
  }

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const choice = event.target.value as V;
    if (!choices.includes(choice)) return;
    if (byKeys.current) return setPending(choice);
    setPending(null);
    commit(choice);
  }

  return {
    pending,
    /** Spread on the select. */
    selectProps: {
      onKeyDown,
      onChange,
      onPointerDown: () => {
        byKeys.current = false;
      },
    },
    confirm: () => {
      if (pending === null) return;
      setPending(null);
      commit(pending);
    },
    cancel: () => setPending(null),
  };
}
