import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Modal } from '@renderer/ui/Modal';

// A dialog gives focus back to what opened it, also when one of its fields takes focus itself
// (autoFocus, as the log form's title does): a keyboard user goes on from where they were.

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Modal title="A dialog" onClose={() => setOpen(false)}>
          <input aria-label="First" autoFocus />
          <button type="button">Last</button>
        </Modal>
      )}
    </>
  );
}

describe('Modal focus', () => {
  it('returns focus to the opener on Escape, though a field took focus with autoFocus', async () => {
    render(<Opener />);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('First')).toHaveFocus();
    await user.tab();
    await user.tab();
    // Tab from the last control comes back to the first: focus stays inside.
    expect(screen.getByLabelText('First')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });
});
