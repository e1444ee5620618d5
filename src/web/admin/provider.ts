import type { Response } from 'express';
import { NotFound, Unprocessable } from '../../errors';
import { IdParams } from '../../http/params';
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

/** What the handlers need: the database, the zone facts, and the basis on which capacity is read now. */
interface Deps {
  db: Services['db'];
  zoneFacts: Services['zoneFacts'];
  basis: () => { now: number; staleDays: number };
}

const zoneName = async ({ db, zoneFacts }: Deps, zoneId: string) =>
  (await zoneFacts.of(db, zoneId))?.name ?? zoneId;

/** One provider for an administrator: its status, and its role in each zone. */
export function providerAdminDetailPages({ db, clock, config, zoneFacts }: Services) {
  const basis = () => ({ now: clock.now(), staleDays: config.allocation.capacityStaleDays });
  const deps: Deps = { db, zoneFacts, basis };
  return [
    definePage({
      method: 'get',
      path: '/admin/providers/:id',
      roles: ['admin'],
      async handler(req, res) {
        await show(deps, res, paramsOr404(IdParams, req.params).id);
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/:id/status',
      roles: ['admin'],
      handler: changeStatus(deps),
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/:id/zones',
      roles: ['admin'],
      handler: setRole(deps),
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/:id/zones/remove',
      roles: ['admin'],
      handler: removeRole(deps),
    }),
  ];
}

/** The provider page, with a form's errors and values when one was refused. */
async function show(
  { db, zoneFacts, basis }: Deps,
  res: Response,
  id: number,
  form: { errors?: FieldErrors; values?: Record<string, string> } = {},
) {
  const [provider, zones] = await Promise.all([findProvider(db, id, basis()), zoneFacts.list(db)]);
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

function changeStatus(deps: Deps): Page['handler'] {
  return async (req, res, { actor }) => {
    const { id } = paramsOr404(IdParams, req.params);
    const body = req.body as FormBody;
    const values = {
      status: text(body, 'status'),
      reason: text(body, 'reason'),
      version: text(body, 'version'),
    };
    const change = checkStatusChange(values);
    if (!change.ok) return show(deps, res, id, { errors: change.errors, values });
    const { provider, warnings } = await updateProvider(deps, actor, id, change.data, deps.basis());
    redirectWithFlash(
      res,
      `/admin/providers/${id}`,
      `${provider.name} is now ${label(provider.status, 'provider').toLowerCase()}`,
      warningText(warnings),
    );
  };
}

function setRole(deps: Deps): Page['handler'] {
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
    if (!change.ok) return show(deps, res, id, { errors: rename(change.errors), values: form });
    try {
      const { zoneId, ...role } = change.data;
      const result = await setZoneRole(deps, actor, { providerId: id, zoneId }, role, deps.basis());
      const heading = result.changed
        ? `${label(result.role)} in ${await zoneName(deps, zoneId)}`
        : 'No change: the provider already holds that role';
      redirectWithFlash(res, `/admin/providers/${id}`, heading, warningText(result.warnings));
    } catch (err) {
      // The rural free zone has no primes; an exited provider holds no roles: said beside the role.
      if (err instanceof Unprocessable)
        return show(deps, res, id, { errors: { role: err.message }, values: form });
      throw err;
    }
  };
}

function removeRole(deps: Deps): Page['handler'] {
  return async (req, res, { actor }) => {
    const { id } = paramsOr404(IdParams, req.params);
    const body = req.body as FormBody;
    const values = { removeZoneId: text(body, 'removeZoneId'), removeReason: text(body, 'removeReason') };
    const removal = checkRoleRemoval({ zoneId: values.removeZoneId, reason: values.removeReason });
    if (!removal.ok) {
      const errors = Object.fromEntries(
        Object.entries(removal.errors).map(([k, v]) => [k === 'zoneId' ? 'removeZoneId' : 'removeReason', v]),
      );
      return show(deps, res, id, { errors, values });
    }
    const result = await removeZoneRole(
      deps,
      actor,
      { providerId: id, zoneId: removal.data.zoneId },
      removal.data.reason,
      deps.basis(),
    );
    redirectWithFlash(
      res,
      `/admin/providers/${id}`,
      `Removed from ${await zoneName(deps, removal.data.zoneId)}`,
      warningText(result.warnings),
    );
  };
}
