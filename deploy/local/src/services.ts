/** Every runnable service and its local port: `npm start`, docker-compose.yml and the README follow this list. */
export const services = [
  { name: 'outreach', port: 3101 },
  { name: 'reporting', port: 3107 },
] as const;
