/**
 * Test factories, one place for every row a test needs: each inserts with sensible defaults that a
 * test overrides only where it matters, and returns the new id. Nothing here goes through the
 * engine; tests of an action build its surroundings here and call the action itself.
 */
export * from './brokerage';
export * from './history';
export * from './notifications';
export * from './performance';
export * from './providers';
export * from './reference';
export * from './users';
