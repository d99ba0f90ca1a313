# cordis
cordis-title = Внос на проекти на ЕС от CORDIS
cordis-hint = Качете заедно CSV файловете от износ на CORDIS: project*.csv (задължителен), organization*.csv и topics*.csv; другите файлове се пропускат. Разпознават се точка и запетая и запетая. Организациите се съпоставят по PIC, ДДС номер, после по име и държава. Внася се всичко или нищо; повторният внос на същите файлове не променя нищо.
cordis-files-label = CSV файлове от CORDIS (UTF-8)
cordis-submit = Внос от CORDIS
cordis-failed = Нищо не беше внесено от CORDIS:
cordis-file-column = Файл и колона
cordis-report = Отчет за вноса от CORDIS
cordis-files = Прочетени файлове
cordis-ignored = Пропуснати файлове
cordis-projects = Проекти
cordis-orgs = Организации
cordis-partners = Партньори
cordis-by-pic = по PIC
cordis-by-vat = по ДДС номер
cordis-by-name = по име и държава
cordis-ambiguous = Организации, отговарящи на няколко профила (оставени без профил)
cordis-created = { $count ->
    [one] { $n } създаден
   *[other] { $n } създадени
}
cordis-updated = { $count ->
    [one] { $n } обновен
   *[other] { $n } обновени
}
cordis-unchanged = { $count ->
    [one] { $n } без промяна
   *[other] { $n } без промяна
}
cordis-orgs-new = { $count ->
    [one] { $n } нов профил
   *[other] { $n } нови профила
}
cordis-orgs-matched = { $count ->
    [one] { $n } съпоставена
   *[other] { $n } съпоставени
}
cordis-orgs-ambiguous = { $count ->
    [one] { $n } нееднозначна
   *[other] { $n } нееднозначни
}
cordis-warnings = { $count ->
    [one] { $n } предупреждение
   *[other] { $n } предупреждения
}
v-no-project-file-project-csv-among-the-files = Сред файловете няма файл с проекти (project*.csv).
v-unterminated-quoted-field = Поле в кавички не е затворено.
v-unexpected-text-after-a-closing-quote = Неочакван текст след затварящи кавички.
v-a-project-row-without-id = Ред с проект няма идентификатор.
