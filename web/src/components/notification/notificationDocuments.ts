import { graphql } from '~/gql'

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    myUnreadNotificationCount
  }
`)

export const MyNotificationsQuery = graphql(`
  query MyNotifications($after: String, $unreadOnly: Boolean) {
    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
      nodes { id kind title body link happenedAt readAt }
      totalCount
      pageInfo { hasNextPage endCursor }
    }
  }
`)

export const NotificationMarkReadMutation = graphql(`
  mutation NotificationMarkRead($input: NotificationMarkReadInput!) {
    notificationMarkRead(input: $input) {
      notification { id readAt }
      unreadCount
      userErrors { code field message }
    }
  }
`)

export const NotificationsMarkAllReadMutation = graphql(`
  mutation NotificationsMarkAllRead($input: NotificationsMarkAllReadInput!) {
    notificationsMarkAllRead(input: $input) {
      marked
      unreadCount
      userErrors { code field message }
    }
  }
`)

export const NotificationChoicesQuery = graphql(`
  query NotificationChoices {
    myNotificationPreferences { kind channel enabled byDefault }
    myNotificationSettings { email digest }
  }
`)

export const NotificationPreferenceSetMutation = graphql(`
  mutation NotificationPreferenceSet($input: NotificationPreferenceSetInput!) {
    notificationPreferenceSet(input: $input) {
      preferences { kind channel enabled byDefault }
      userErrors { code field message }
    }
  }
`)

export const NotificationSettingsSetMutation = graphql(`
  mutation NotificationSettingsSet($input: NotificationSettingsSetInput!) {
    notificationSettingsSet(input: $input) {
      settings { email digest }
      userErrors { code field message }
    }
  }
`)
