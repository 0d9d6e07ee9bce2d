import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useLoaded } from '@/components/ui/useLoaded';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function Show({ load, input }: { load: () => Promise<string>; input: string }) {
  return <p>{useLoaded(load, [input]) ?? 'loading'}</p>;
}

describe('useLoaded', () => {
  it('shows the loaded value, and drops an answer that newer inputs overtook', async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    const { container, rerender } = render(<Show load={() => slow.promise} input="a" />);
    rerender(<Show load={() => fast.promise} input="b" />);

    fast.resolve('newer');
    await screen.findByText('newer');
    slow.resolve('older');
    await new Promise((done) => setTimeout(done, 10));

    expect(container.textContent).toBe('newer');
  });

  it('stores a loaded function as a value', async () => {
    const component = () => 'a component';
    function Holder() {
      const loaded = useLoaded(async () => component, []);
      return <p>{loaded === component ? 'same function' : 'loading'}</p>;
    }
    const { container } = render(<Holder />);

    await waitFor(() => expect(container.textContent).toBe('same function'));
  });
});
