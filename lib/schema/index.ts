export * from './zod';
export * from './locator';
export * from './snapshot';
export * from './report';
export * from './audit';
