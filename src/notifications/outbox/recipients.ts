/**
 * The SQL that resolves an event's messages to their recipients when the delivery worker fans the event
 * out (src/notifications/outbox/events.ts): a provider's offer contacts and subscribed webhook endpoints,
 * or the users of a role, with their preferences, are joined in the statement itself, so a batch of
 * events costs one INSERT … SELECT however many recipients it has. The SQL is the same on SQLite and
 * PostgreSQL: parameters are cast so that PostgreSQL can type them, and `on conflict do nothing` on the
 * idempotency key makes a repeated fan-out (two workers, a retry after a crash) a no-op.
 */
import type { Knex } from 'knex';
import { KINDS } from '../kinds';

type Trx = Knex | Knex.Transaction;

/** A fragment of SQL with its bindings, in order. */
export interface Sql {
  sql: string;
  bindings: unknown[];
}
const sql = (text: string, ...bindings: unknown[]): Sql => ({ sql: text, bindings });
const join = (parts: Sql[], separator: string): Sql => ({
  sql: parts.map((p) => p.sql).join(separator),
  bindings: parts.flatMap((p) => p.bindings),
});

const text = (value: string) => sql('cast(? as varchar(200))', value);
const integer = (value: number | null) => sql('cast(? as integer)', value);
const bigint = (value: number) => sql('cast(? as bigint)', value);

/** The outbox's columns, in the order every SELECT below lists them. */
interface MessageColumns {
  channel: Sql;
  recipient: Sql;
  kind: Sql;
  providerId: Sql;
  userId: Sql;
  endpointId: Sql;
  subjectId: Sql;
  urgent: Sql;
  payload: Sql;
  idempotencyKey: Sql;
  status: Sql;
  attempts: Sql;
  nextAttemptAt: Sql;
  createdAt: Sql;
}
const COLUMNS =
  'channel, recipient, kind, provider_id, user_id, endpoint_id, subject_id, urgent, payload_json, idempotency_key, status, attempts, next_attempt_at, created_at';

const ORDER: (keyof MessageColumns)[] = [
  'channel',
  'recipient',
  'kind',
  'providerId',
  'userId',
  'endpointId',
  'subjectId',
  'urgent',
  'payload',
  'idempotencyKey',
  'status',
  'attempts',
  'nextAttemptAt',
  'createdAt',
];

function select(columns: MessageColumns, from: Sql): Sql {
  return join(
    [
      sql('select'),
      join(
        ORDER.map((name) => columns[name]),
        ', ',
      ),
      from,
    ],
    ' ',
  );
}

/** Compound SELECTs per statement: SQLite allows 500 (SQLITE_MAX_COMPOUND_SELECT). */
const SELECTS_PER_STATEMENT = 100;

/** Inserts the messages of `selects`, each message once (a key already in the outbox is skipped). */
export async function insertMessages(trx: Trx, selects: Sql[]): Promise<void> {
  for (let i = 0; i < selects.length; i += SELECTS_PER_STATEMENT) {
    const all = join(selects.slice(i, i + SELECTS_PER_STATEMENT), ' union all ');
    await trx.raw(
      `insert into outbox_messages (${COLUMNS}) select * from (${all.sql}) m where 1 = 1 on conflict (idempotency_key) do nothing`,
      all.bindings as Knex.RawBinding[],
    );
  }
}

export type UserAudience = { roles: readonly string[] } | { providerId: number } | { userId: number };

/**
 * The (provider, subject) pairs an event is about: offers by a filter, or providers with one subject.
 * Each filter names a set that no later change alters (a round's offers, an episode's offers in a final
 * status, offers by id), so the fan-out a moment later finds the offers the event was about.
 */
export type ProviderSource =
  | { offers: { roundId: number } | { episodeId: number; status: string } | { offerIds: number[] } }
  | { providerIds: number[]; subjectId: number };

/** One kind of message of an event and who gets it: stored with the event, resolved at fan-out. */
export interface FanOut {
  kind: keyof typeof KINDS;
  /** Urgent messages skip digests and cannot be turned off. */
  urgent: boolean;
  to: { providers: ProviderSource } | { users: UserAudience; subjectId: number | null; key: string };
}

/** What the messages of one event share: its payload (JSON text, as stored) and when it happened. */
export interface EventFacts {
  payloadJson: string;
  at: number;
}

/** Status from the recipient's preference row `np`, and the condition that leaves out "off". */
function preference(event: FanOut): { status: Sql; where: Sql } {
  const info = KINDS[event.kind];
  if (event.urgent || !info.configurable) return { status: sql("'pending'"), where: sql('1 = 1') };
  return {
    status: sql(
      "case when coalesce(np.delivery, ?) = 'digest' then 'held' else 'pending' end",
      info.defaultDelivery,
    ),
    where: sql("coalesce(np.delivery, ?) <> 'off'", info.defaultDelivery),
  };
}

/** The columns every message of a fan-out shares: due when the event happened, unless held. */
function shared(facts: EventFacts, urgent: boolean, status: Sql) {
  return {
    urgent: sql('cast(? as boolean)', urgent),
    payload: sql('cast(? as text)', facts.payloadJson),
    status,
    attempts: sql('0'),
    nextAttemptAt: bigint(facts.at),
    createdAt: bigint(facts.at),
  };
}

function sourceSql(source: ProviderSource): Sql {
  const marks = (ids: number[]) => ids.map(() => '?').join(', ');
  if ('providerIds' in source) {
    return sql(
      `select p.id as pid, cast(? as integer) as sid from providers p where p.id in (${marks(source.providerIds)})`,
      source.subjectId,
      ...source.providerIds,
    );
  }
  const o = source.offers;
  const offers = 'select o.provider_id as pid, o.id as sid from offers o where';
  if ('roundId' in o) return sql(`${offers} o.round_id = ?`, o.roundId);
  if ('episodeId' in o) return sql(`${offers} o.episode_id = ? and o.status = ?`, o.episodeId, o.status);
  return sql(`${offers} o.id in (${marks(o.offerIds)})`, ...o.offerIds);
}

/** 'prefix:<column>:<column>', unique per message (the outbox's idempotency key). */
const keyOf = (prefix: string, ...columns: string[]) =>
  sql(
    ['cast(? as varchar(200))', ...columns.flatMap((c) => ["':'", `cast(${c} as varchar(40))`])].join(' || '),
    prefix,
  );

/**
 * One message to each offer contact of each provider of `source` (with the provider's preference),
 * and one webhook delivery per endpoint subscribed to each event the kind names.
 */
function providerMessages(event: FanOut, source: ProviderSource, facts: EventFacts): Sql[] {
  const from = sourceSql(source);
  const pref = preference(event);
  const email = select(
    {
      channel: sql("'email'"),
      recipient: sql('ct.email'),
      kind: text(event.kind),
      providerId: sql('s.pid'),
      userId: sql('cast(null as integer)'),
      endpointId: sql('cast(null as integer)'),
      subjectId: sql('s.sid'),
      idempotencyKey: keyOf(`${event.kind}:c`, 's.sid', 'ct.id'),
      ...shared(facts, event.urgent, pref.status),
    } as MessageColumns,
    join(
      [
        sql('from ('),
        from,
        sql(
          `) s join provider_contacts ct on ct.provider_id = s.pid
          left join notification_preferences np on np.owner_type = 'provider' and np.owner_id = s.pid and np.kind = ?
          where`,
          event.kind,
        ),
        pref.where,
      ],
      ' ',
    ),
  );
  const webhooks = KINDS[event.kind].webhookEvents.map((type) =>
    select(
      {
        channel: sql("'webhook'"),
        recipient: sql('e.url'),
        kind: text(type),
        providerId: sql('s.pid'),
        userId: sql('cast(null as integer)'),
        endpointId: sql('e.id'),
        subjectId: sql('s.sid'),
        idempotencyKey: keyOf(`${type}:w`, 's.sid', 'e.id'),
        ...shared(facts, event.urgent, sql("'pending'")),
      },
      join(
        [
          sql('from ('),
          from,
          sql(
            `) s join webhook_endpoints e on e.provider_id = s.pid
            where e.status = 'active' and e.deleted_at is null and e.events_json like ?`,
            `%"${type}"%`,
          ),
        ],
        ' ',
      ),
    ),
  );
  return [email, ...webhooks];
}

function audienceSql(users: UserAudience): Sql {
  if ('roles' in users) return sql(`u.role in (${users.roles.map(() => '?').join(', ')})`, ...users.roles);
  if ('userId' in users) return sql('u.id = ?', users.userId);
  return sql("u.role = 'provider' and u.provider_id = ?", users.providerId);
}

/** One message to each user of `roles` (or the users of one provider, or one user) with an email, by their preference. */
function userMessages(
  event: FanOut,
  to: { users: UserAudience; subjectId: number | null; key: string },
  facts: EventFacts,
): Sql[] {
  const pref = preference(event);
  const who = audienceSql(to.users);
  const message = select(
    {
      channel: sql("'email'"),
      recipient: sql('u.email'),
      kind: text(event.kind),
      providerId: sql('cast(null as integer)'),
      userId: sql('u.id'),
      endpointId: sql('cast(null as integer)'),
      subjectId: integer(to.subjectId),
      idempotencyKey: keyOf(`${event.kind}:${to.key}:u`, 'u.id'),
      ...shared(facts, event.urgent, pref.status),
    } as MessageColumns,
    join(
      [
        sql(
          `from users u left join notification_preferences np
          on np.owner_type = 'user' and np.owner_id = u.id and np.kind = ?
          where u.email is not null and u.disabled_at is null and`,
          event.kind,
        ),
        who,
        sql('and'),
        pref.where,
      ],
      ' ',
    ),
  );
  return [message];
}

/** The SELECTs of one fan-out's messages, for insertMessages. */
export function messagesOf(fanOut: FanOut, facts: EventFacts): Sql[] {
  return 'providers' in fanOut.to
    ? providerMessages(fanOut, fanOut.to.providers, facts)
    : userMessages(fanOut, fanOut.to, facts);
}
