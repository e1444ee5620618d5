import { IsoDate, IsoDateTime } from '../src/calendar/dates';
import { z } from 'zod';
for (const v of ['2021-01-01','0023-01-01','abc','2021-02-29', 5]) console.log(v, JSON.stringify(IsoDate.safeParse(v).error?.issues));
console.log(JSON.stringify(z.toJSONSchema(z.object({a:IsoDate}))));
console.log(IsoDateTime.safeParse('0023-01-01T00:00:00Z').success, IsoDateTime.safeParse('2023-01-01T00:00:00Z').success);
