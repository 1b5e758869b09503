import { Global, Module } from '@nestjs/common';
import { SERVICE_CONFIG, type ServiceConfig } from '@ikiraro/service-defaults';
import { Contacts } from './contacts/contacts.ts';
import { Deliveries } from './deliveries/deliveries.ts';
import {
  loadNotificationsConfig,
  NOTIFICATIONS_CONFIG,
  type NotificationsEnv,
} from './notifications.config.ts';
import { policy } from './policy/notification.policy.ts';
import { PreferenceLinks } from './preferences/preference-links.ts';
import { PreferencesStore } from './preferences/preferences.ts';
import { Templates } from './templates/templates.ts';

/** Settings, the address book, the log, preferences and templates: what every feature of notifications uses. */
@Global()
@Module({
  providers: [
    { provide: NOTIFICATIONS_CONFIG, useFactory: () => loadNotificationsConfig() },
    {
      provide: PreferenceLinks,
      inject: [SERVICE_CONFIG, NOTIFICATIONS_CONFIG],
      useFactory: (service: ServiceConfig, config: NotificationsEnv) =>
        new PreferenceLinks(service.PERSONAL_DATA_KEY, config.PUBLIC_URL),
    },
    // Every template the policy names, in every public language, or the service does not start.
    {
      provide: Templates,
      useFactory: () =>
        new Templates(
          policy.map((r) => r.template),
          ['en', 'fr', 'de', 'rw'],
        ),
    },
    Contacts,
    Deliveries,
    PreferencesStore,
  ],
  exports: [NOTIFICATIONS_CONFIG, PreferenceLinks, Templates, Contacts, Deliveries, PreferencesStore],
})
export class NotificationsCommonModule {}
