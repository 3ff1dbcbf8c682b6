import { AppError } from '../../platform/errors';

/** A 400 naming one field, for rules only the server can check (the e-mail in the password, the current password). */
export const invalidField = (field: string, id: string) =>
  new AppError('validation', 'validation', { fields: [{ field, id }] });

/** E-mail addresses are unique: a second account with one answers 409 naming `email`. */
export const emailTaken = () =>
  new AppError('conflict', 'user.emailTaken', { fields: [{ field: 'email', id: 'field.emailTaken' }] });
