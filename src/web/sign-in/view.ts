import type { Response } from 'express';
import { STAFF_ROLES } from '../../auth/roles';
import type { Config } from '../../config';
import { errorList, type FieldErrors } from '../forms';
import { render } from '../views';

export type ShowSignIn = (
  res: Response,
  page: {
    values: { email?: string; next?: string };
    errors?: FieldErrors;
    status?: number;
    signedOut?: boolean;
  },
) => void;

/** The sign-in page: the council account button when single sign-on is configured, and the password form. */
export function signInView(config: Config): ShowSignIn {
  const councilSignIn = config.web.oidc !== undefined;
  const staffUsePasswords = STAFF_ROLES.some((role) => config.web.passwordSignInRoles.includes(role));
  return (res, { values, errors = {}, status = 200, signedOut = false }) =>
    render(
      res,
      'pages/sign-in.njk',
      { values, errors, errorList: errorList(errors), signedOut, councilSignIn, staffUsePasswords },
      status,
    );
}
