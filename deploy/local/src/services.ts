/** Every runnable service and its local port: `npm start`, docker-compose.yml and the README follow this list. */
export const services = [
  { name: 'gateway', port: 3100 },
  { name: 'outreach', port: 3101 },
  { name: 'selection', port: 3102 },
  { name: 'placement', port: 3103 },
  { name: 'training', port: 3104 },
  { name: 'funding', port: 3105 },
  { name: 'notifications', port: 3106 },
  { name: 'reporting', port: 3107 },
] as const;

/** `outreach=http://127.0.0.1:3101,…`: where the gateway finds the services behind it. */
export const serviceUrls = services
  .filter((s) => s.name !== 'gateway')
  .map((s) => `${s.name}=http://127.0.0.1:${s.port}`)
  .join(',');
