# notifications
