export * from './units';
export * from './calendar';
export * from './catalogue';
export * from './plans';
export * from './submissions';
export * from './auth';
export * from './reporting';
export * from './generations';
