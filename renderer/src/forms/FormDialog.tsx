import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/FormError';
import { Modal } from '../ui/Modal';

interface Props {
  title: string;
  wide?: boolean;
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  /** A refusal of the whole call, shown above the buttons (field messages sit beside their fields). */
  formError: string | null;
  children: ReactNode;
}

/** An add-or-edit dialog: the fields on a grid, then Save, Cancel and the form's own message. */
export function FormDialog({ title, wide, onClose, onSubmit, formError, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onClose} wide={wide}>
      <form onSubmit={onSubmit} noValidate className="form-grid">
        {children}
        <div className="form-actions span-2">
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <FormError text={formError} />
        </div>
      </form>
    </Modal>
  );
}
