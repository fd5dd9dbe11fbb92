import { useState, type MouseEvent, type ReactNode } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, Form, SaveButton, useTranslate, type ButtonProps } from 'react-admin';
import type { ActionResult } from './useApiAction';

const NO_RECORD = {};

export interface ActionDialogProps {
  /** message key of the button */
  label: string;
  /** message key of the dialog's title; defaults to the button's */
  title?: string;
  /** arguments of the title message */
  titleArgs?: Record<string, unknown>;
  icon?: ReactNode;
  variant?: ButtonProps['variant'];
  color?: ButtonProps['color'];
  /** message key of the confirm button (default: the button's label) */
  submitLabel?: string;
  defaultValues?: Record<string, unknown>;
  /** what the dialog shows above its inputs (e.g. who the action is about) */
  intro?: ReactNode;
  onSubmit: (values: Record<string, unknown>) => Promise<ActionResult>;
  children?: ReactNode;
}

/**
 * A button opening a small form in a dialog (a workflow step, a release, a decision). The form
 * closes when the action succeeded; the API's field errors stay under the inputs. Clicks do not
 * reach the row the button sits in (a row click opens the record).
 */
export function ActionDialog({ label, title, titleArgs, icon, variant = 'outlined', color, submitLabel, defaultValues, intro, onSubmit, children }: ActionDialogProps) {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const stop = (event: MouseEvent) => event.stopPropagation();
  const submit = async (values: Record<string, unknown>) => {
    const result = await onSubmit(values);
    if (result.ok) {
      setOpen(false);
      return undefined;
    }
    return Object.keys(result.errors).length > 0 ? result.errors : undefined;
  };
  return (
    <Box component="span" onClick={stop} sx={{ display: 'inline-flex' }}>
      <Button label={label} variant={variant} color={color} size="small" onClick={() => setOpen(true)} sx={{ whiteSpace: 'nowrap' }}>
        {icon as never}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="action-dialog-title">
        <DialogTitle id="action-dialog-title">{translate(title ?? label, titleArgs)}</DialogTitle>
        {open && intro ? <DialogContent sx={{ pb: 0 }}>{intro}</DialogContent> : null}
        {open && (
          // an empty record: the form starts from its defaults, not from the row's fields
          // (a candidate's own note must not become the note of its review)
          <Form record={NO_RECORD} defaultValues={defaultValues} onSubmit={submit}>
            <DialogContent>
              <Box sx={{ display: 'flex', flexDirection: 'column' }}>{children}</Box>
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
              <SaveButton label={submitLabel ?? label} icon={<CheckIcon />} alwaysEnable />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </Box>
  );
}
