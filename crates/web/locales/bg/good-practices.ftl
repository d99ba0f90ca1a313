# Библиотека с добри практики.
gp-title = Добри практики
gp-intro = Това, което клъстерите и регионите правят добре – стратегия, социален капитал, коопериращи вериги, интернационализация, междусекторно сътрудничество – споделено между партньорските региони и използвано в плановете за действие.
gp-search-label = Търсене на добри практики
gp-search-placeholder = напр. интернационализация, работни групи, ваучери
gp-any = всички
gp-filter-country = Държава
gp-filter-region = Регион (код по NUTS)
gp-found = { $count ->
    [one] { $n } добра практика
   *[other] { $n } добри практики
}
gp-none-found = Няма съответстваща добра практика.
gp-new = Споделяне на добра практика
gp-edit = Редактиране на добрата практика
gp-edit-heading = Редактиране на „{ $title }“
gp-field-owner = От името на
gp-owner-hint = Администраторите на тази организация ще могат да редактират практиката.
gp-field-title = Заглавие
gp-field-theme = Тема
gp-field-region = Регион (NUTS)
gp-field-org = Организация
gp-field-description = Описание
gp-field-results = Резултати
gp-field-contacts = Контакти
gp-field-attachments = Приложения и връзки
gp-attachments-hint = По една връзка на ред: описание | https://…
gp-field-events = Учебни посещения и събития
gp-no-events = Не е свързана с никое събитие.
gp-actions = Използвана в планове за действие
gp-no-actions = Все още никой план за действие не я използва.
gp-theme-cluster_strategy = Стратегия на клъстера
gp-theme-social_capital = Изграждане на социален капитал
gp-theme-cooperation_chain = Коопериращи вериги
gp-theme-internationalisation = Интернационализация
gp-theme-cross_sectoral = Междусекторно сътрудничество
gp-theme-other = Друго
v-choose-an-organisation-you-belong-to = изберете организация, в която членувате
