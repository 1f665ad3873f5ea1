export * from './text';
export * from './quantities';
export * from './brackets';
export * from './breakdowns';
export * from './no-applications';
