import type { Response } from 'express';
import { NotFound, Unprocessable } from '../../errors';
import { commandContext } from '../../allocation/context';
import { IdParams } from '../../http/params';
import { ageBasis } from '../../providers/access';
import { removeZoneRole, setZoneRole, updateProvider } from '../../providers/commands';
import { PROVIDER_STATUSES, ZONE_ROLES } from '../../providers/model';
import type { CoverageWarning } from '../../providers/policy';
import { findProvider } from '../../providers/queries';
import type { Services } from '../../services';
import { choiceItems, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404, type Page } from '../page';
import { redirectWithFlash, renderForm } from '../views';
import { checkRoleChange, checkRoleRemoval, checkStatusChange } from './provider-forms';

const warningText = (warnings: CoverageWarning[]) =>
  warnings.length === 0 ? undefined : `Coverage warning: ${warnings.map((w) => w.message).join(' ')}`;

const zoneName = async ({ db, zoneFacts }: Pick<Services, 'db' | 'zoneFacts'>, zoneId: string) =>
  (await zoneFacts.of(db, zoneId))?.name ?? zoneId;

/** One provider for an administrator: its status, and its role in each zone. */
export function providerAdminDetailPages(services: Services) {
  return [
    definePage({
      method: 'get',
      path: '/admin/providers/:id',
      roles: ['admin'],
      async handler(req, res) {
        await show(services, res, paramsOr404(IdParams, req.params).id);
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/:id/status',
      roles: ['admin'],
      handler: changeStatus(services),
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/:id/zones',
      roles: ['admin'],
      handler: setRole(services),
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/:id/zones/remove',
      roles: ['admin'],
      handler: removeRole(services),
    }),
  ];
}

/** The provider page, with a form's errors and values when one was refused. */
async function show(
  services: Services,
  res: Response,
  id: number,
  form: { errors?: FieldErrors; values?: Record<string, string> } = {},
) {
  const { db, zoneFacts } = services;
  const [provider, zones] = await Promise.all([
    findProvider(db, id, ageBasis(services)()),
    zoneFacts.list(db),
  ]);
  if (!provider) throw new NotFound('provider-not-found', `No provider ${id}.`);
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const held = provider.zones.map((z) => ({
    value: z.zoneId,
    text: `${z.zoneName} (${label(z.role).toLowerCase()})`,
  }));
  renderForm(
    res,
    'pages/admin/provider.njk',
    {
      provider,
      values,
      statusItems: choiceItems(PROVIDER_STATUSES, values.status ?? provider.status, {
        describe: (v) => label(v, 'provider'),
      }),
      zoneItems: choiceItems(
        zones.map((z) => ({ value: z.id, text: z.name })),
        values.zoneId,
        { blank: 'Choose a zone' },
      ),
      roleItems: choiceItems(ZONE_ROLES, values.role, { describe: label }),
      heldZoneItems: choiceItems(held, values.removeZoneId, { blank: 'Choose a zone' }),
    },
    { errors },
  );
}

function changeStatus(services: Services): Page['handler'] {
  return async (req, res, { actor }) => {
    const { id } = paramsOr404(IdParams, req.params);
    const body = req.body as FormBody;
    const values = {
      status: text(body, 'status'),
      reason: text(body, 'reason'),
      version: text(body, 'version'),
    };
    const change = checkStatusChange(values);
    if (!change.ok) return show(services, res, id, { errors: change.errors, values });
    const { provider, warnings } = await updateProvider(commandContext(services, actor), id, change.data);
    await redirectWithFlash(
      res,
      `/admin/providers/${id}`,
      `${provider.name} is now ${label(provider.status, 'provider').toLowerCase()}`,
      warningText(warnings),
    );
  };
}

function setRole(services: Services): Page['handler'] {
  return async (req, res, { actor }) => {
    const { id } = paramsOr404(IdParams, req.params);
    const body = req.body as FormBody;
    const values = {
      zoneId: text(body, 'zoneId'),
      role: text(body, 'role'),
      reason: text(body, 'roleReason'),
    };
    const change = checkRoleChange(values);
    const form = { ...values, roleReason: values.reason };
    const rename = (errors: FieldErrors) =>
      Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'reason' ? 'roleReason' : k, v]));
    if (!change.ok) return show(services, res, id, { errors: rename(change.errors), values: form });
    try {
      const { zoneId, ...role } = change.data;
      const target = { providerId: id, zoneId };
      const result = await setZoneRole(commandContext(services, actor), target, role);
      const heading = result.changed
        ? `${label(result.role)} in ${await zoneName(services, zoneId)}`
        : 'No change: the provider already holds that role';
      await redirectWithFlash(res, `/admin/providers/${id}`, heading, warningText(result.warnings));
    } catch (err) {
      // The rural free zone has no primes; an exited provider holds no roles: said beside the role.
      if (err instanceof Unprocessable)
        return show(services, res, id, { errors: { role: err.message }, values: form });
      throw err;
    }
  };
}

function removeRole(services: Services): Page['handler'] {
  return async (req, res, { actor }) => {
    const { id } = paramsOr404(IdParams, req.params);
    const body = req.body as FormBody;
    const values = { removeZoneId: text(body, 'removeZoneId'), removeReason: text(body, 'removeReason') };
    const removal = checkRoleRemoval({ zoneId: values.removeZoneId, reason: values.removeReason });
    if (!removal.ok) {
      const errors = Object.fromEntries(
        Object.entries(removal.errors).map(([k, v]) => [k === 'zoneId' ? 'removeZoneId' : 'removeReason', v]),
      );
      return show(services, res, id, { errors, values });
    }
    const result = await removeZoneRole(
      commandContext(services, actor),
      { providerId: id, zoneId: removal.data.zoneId },
      removal.data.reason,
    );
    await redirectWithFlash(
      res,
      `/admin/providers/${id}`,
      `Removed from ${await zoneName(services, removal.data.zoneId)}`,
      warningText(result.warnings),
    );
  };
}
