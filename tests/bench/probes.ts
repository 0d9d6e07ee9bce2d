/**
 * Code that runs inside the pages under test. Every function here is serialised with
 * `Function.prototype.toString`, so it must be self-contained: no imports, no outer variables.
 */

/** What the readiness probe found, in ms since the page's navigation start. */
export interface Readiness {
  /** First contentful paint (the `paint` entry's startTime). */
  fcp: number | null;
  /** The exit button is in the DOM. */
  button: number | null;
  /** A click dispatched on it reached a click listener (null when none is required or none was found). */
  handler: number | null;
  /** A task queued once the button was ready ran: the main thread was free to handle a click. */
  ready: number | null;
}

/**
 * Installed before any script of the page (Playwright `addInitScript`). It wraps click listeners
 * so that a probe click reaches them without running them, watches the DOM for the quick exit
 * button, and as soon as the button exists (and, if `requireHandler`, a probe click dispatched on
 * it was heard by a click listener) queues a task: when that task runs, a real click would be
 * handled. Listeners set through `onclick` properties are not seen (Preact uses addEventListener).
 */
export function readinessProbe(requireHandler: boolean): void {
  type Probe = MouseEvent & { pgBenchProbe?: true; pgBenchHeard?: true };
  const state = { button: null as number | null, handler: null as number | null, ready: null as number | null };
  Object.defineProperty(window, '__pgBenchReadiness', { value: state });
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const wrapped = new WeakMap<object, EventListener>();
  const wrap = (listener: EventListenerOrEventListenerObject): EventListener => {
    let wrapper = wrapped.get(listener);
    if (!wrapper) {
      wrapper = function (this: unknown, event: Event) {
        if ((event as Probe).pgBenchProbe) {
          (event as Probe).pgBenchHeard = true;
          return;
        }
        return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      };
      wrapped.set(listener, wrapper);
    }
    return wrapper;
  };
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    return add.call(this, type, type === 'click' && listener ? wrap(listener) : listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const real = type === 'click' && listener ? (wrapped.get(listener) ?? listener) : listener;
    return remove.call(this, type, real, options);
  };
  // A probe click must never activate anything (a link, a form): cancel it first of all.
  add.call(
    window,
    'click',
    (event) => {
      if ((event as Probe).pgBenchProbe) event.preventDefault();
    },
    true,
  );

  const isExit = (element: Element) => /quick exit/i.test(element.textContent ?? '');
  let polling = false;
  const check = (): void => {
    if (state.ready !== null || state.handler !== null || (!requireHandler && state.button !== null)) return;
    const button = Array.from(document.querySelectorAll('button')).find(isExit);
    if (!button) return;
    state.button ??= performance.now();
    if (requireHandler) {
      const probe = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }) as Probe;
      probe.pgBenchProbe = true;
      button.dispatchEvent(probe);
      if (!probe.pgBenchHeard) {
        // The button exists but nothing listens yet: look again soon, even without DOM changes.
        if (!polling && performance.now() < 10_000) {
          polling = true;
          setTimeout(() => {
            polling = false;
            check();
          }, 1);
        }
        return;
      }
      state.handler = performance.now();
    }
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.ready = performance.now();
    };
    channel.port2.postMessage(null);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Waits (in the page) for the readiness probe and the first contentful paint. */
export function readinessResult(timeoutMs: number): Promise<Readiness> {
  const state = (window as unknown as { __pgBenchReadiness?: Omit<Readiness, 'fcp'> }).__pgBenchReadiness;
  const started = performance.now();
  return new Promise((resolve) => {
    const look = () => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const done = fcp !== null && (state === undefined || state.ready !== null);
      if (done || performance.now() - started > timeoutMs) {
        resolve({ fcp, button: state?.button ?? null, handler: state?.handler ?? null, ready: state?.ready ?? null });
      } else {
        setTimeout(look, 20);
      }
    };
    look();
  });
}

/** The first contentful paint of a page that is already open (a real popup), from the buffered timeline. */
export function firstContentfulPaint(timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const entry = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const started = performance.now();
    const look = () => {
      const fcp = entry();
      if (fcp !== null || performance.now() - started > timeoutMs) resolve(fcp);
      else setTimeout(look, 10);
    };
    look();
  });
}

/** What the exit recorder saw of one trusted click. */
export interface ExitRecord {
  /** `performance.timeOrigin + event.timeStamp`: epoch ms of the input, comparable across pages. */
  clickAt: number;
  /** Whether the body was blank once the click's listeners had run (null if propagation was stopped). */
  blankAfterHandlers: boolean | null;
  /** Whether the body was blank at the first animation frame after the click (null: no frame came). */
  blankAtFirstFrame: boolean | null;
  visibility: DocumentVisibilityState;
}

/**
 * Installed in a loaded page just before the click. The click's time comes from the event itself;
 * the report leaves through `console.debug(prefix + JSON)` after the click's task, so that the
 * measurement does no work in front of the page's own handler.
 */
export function exitRecorder(prefix: string): void {
  let record: ExitRecord | undefined;
  const blank = () => document.body === null || document.body.getClientRects().length === 0;
  const report = () => {
    if (record) console.debug(prefix + JSON.stringify(record));
  };
  addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || record) return;
      record = {
        clickAt: performance.timeOrigin + event.timeStamp,
        blankAfterHandlers: null,
        blankAtFirstFrame: null,
        visibility: document.visibilityState,
      };
      const current = record;
      requestAnimationFrame(() => {
        current.blankAtFirstFrame = blank();
        report();
      });
      setTimeout(report, 0);
      addEventListener('pagehide', report);
    },
    true,
  );
  // Bubble phase on window: runs after the target's own listeners (and their microtasks), so
  // reporting here delays nothing the page does for the click. A page that replaces itself may be
  // gone before a later task runs.
  addEventListener('click', (event) => {
    if (!event.isTrusted || !record || record.blankAfterHandlers !== null) return;
    record.blankAfterHandlers = blank();
    report();
  });
}

/**
 * Waits until a button (or link with role=button) whose text matches `pattern` is in the page and,
 * if `ready` is a selector, an element matches it; then waits `settleMs` more (start-up work such
 * as reading settings is over by the time a person clicks) and returns the button's centre in CSS
 * pixels, or null after `timeoutMs`.
 */
export function waitForButton(options: {
  pattern: string;
  ready?: string;
  settleMs: number;
  timeoutMs: number;
}): Promise<{ x: number; y: number } | null> {
  const started = performance.now();
  const find = () =>
    Array.from(document.querySelectorAll('button, a[role="button"]')).find((element) =>
      new RegExp(options.pattern, 'i').test(element.textContent ?? ''),
    );
  return new Promise((resolve) => {
    const look = () => {
      const button = find();
      if (button && (!options.ready || document.querySelector(options.ready))) {
        setTimeout(() => {
          const box = (find() ?? button).getBoundingClientRect();
          resolve({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
        }, options.settleMs);
      } else if (performance.now() - started > options.timeoutMs) {
        resolve(null);
      } else {
        setTimeout(look, 10);
      }
    };
    look();
  });
}

/**
 * Arms a timer for opening one topic: from the trusted click's timestamp until the frame after
 * the topic's last text (`text`) is in the DOM (a task queued from the next animation frame, so
 * the frame has been produced). Read the result with `topicTimerResult`.
 */
export function armTopicTimer(text: string): void {
  const state: { done: number | null; clickAt: number | null } = { done: null, clickAt: null };
  Object.defineProperty(window, '__pgBenchTopic', { value: state, configurable: true });
  const shown = () => (document.body.textContent ?? '').includes(text);
  // The text must not be on the page before the click, or it would prove nothing.
  if (shown()) return;
  addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || state.clickAt !== null) return;
      state.clickAt = event.timeStamp;
      const finish = () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            state.done = performance.now();
          }, 0),
        );
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        finish();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    true,
  );
}

export function topicTimerResult(timeoutMs: number): Promise<number | null> {
  const state = (window as unknown as { __pgBenchTopic?: { done: number | null; clickAt: number | null } })
    .__pgBenchTopic;
  const started = performance.now();
  return new Promise((resolve) => {
    const look = () => {
      if (state?.done != null && state.clickAt !== null) resolve(state.done - state.clickAt);
      else if (performance.now() - started > timeoutMs) resolve(null);
      else setTimeout(look, 10);
    };
    look();
  });
}
