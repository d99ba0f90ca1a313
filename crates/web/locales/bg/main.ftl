# Klaster — текстове на интерфейса на български. Множественото число се избира по $count (категории CLDR: one, other);
# $n е числото, форматирано за българския език.

skip-to-content = Към основното съдържание
nav-main = Основно меню
nav-directory = Каталог
nav-projects = Проекти
nav-meta-clusters = Метаклъстери
nav-news = Новини
nav-good-practices = Добри практики
nav-action-plans = Планове за действие
nav-marketplace = Борса за сътрудничество
nav-vocabularies = Класификации
nav-admin = Администриране
nav-language = Език
nav-account = Профил
nav-logout = Изход
nav-login = Вход
nav-register = Регистрация
footer-text = Klaster — платформа с отворен код за сътрудничество между клъстери. Демонстрационните данни са обозначени като такива.
back-home = Към началната страница

error-validation = Някои от въведените данни не са валидни
error-rows = Файлът не беше импортиран
error-not-found = Не е намерено
error-unauthenticated = Моля, първо влезте в системата
error-forbidden = Нямате права за това действие
error-conflict = Това противоречи на вече съхранените данни
error-rate-limited = Твърде много опити. Моля, изчакайте няколко минути и опитайте отново.
error-internal = Възникна грешка от наша страна
error-bad-request = Заявката не може да бъде прочетена

home-title = Клъстери, партньори и региони в цяла Европа
home-lead = Klaster е мястото, където клъстерните организации, техните фирми членки, университетите, научноизследователските институти и регионалните власти поддържат проверени профили, намират допълващи ги партньори отвъд границите и езиковите бариери и работят заедно.
home-figures = Екосистемата в цифри
home-for-whom = За кого е платформата
home-for-clusters = Управители на клъстери: поддържат профила на клъстера и списъка с членове, преминават проверка и намират партньорски клъстери в чужбина.
home-for-smes = Фирми и изследователи: намират доставчици, клиенти и партньори за научни изследвания на всеки език.
home-for-regions = Регионални власти: получават цялостна картина на клъстерите в региона.
orgs-count = { $count ->
    [one] { $n } организация
   *[other] { $n } организации
}
clusters-count = { $count ->
    [one] { $n } клъстер
   *[other] { $n } клъстера
}
countries-count = { $count ->
    [one] { $n } държава
   *[other] { $n } държави
}
verified-count = { $count ->
    [one] { $n } проверен профил
   *[other] { $n } проверени профила
}
members-count = { $count ->
    [one] { $n } организация членка
   *[other] { $n } организации членки
}
orgs-found = { $count ->
    [0] Не са намерени организации
    [one] Намерена е { $n } организация
   *[other] Намерени са { $n } организации
}
import-done = { $count ->
    [one] Импортирана е { $n } организация.
   *[other] Импортирани са { $n } организации.
}
check-members = { $count ->
    [one] { $n } ангажиран член (необходими са поне 15)
   *[other] { $n } ангажирани члена (необходими са поне 15)
}
check-kinds = { $count ->
    [one] { $n } вид членове (необходими са поне 2)
   *[other] { $n } вида членове (необходими са поне 2)
}
check-fte = Поне 0,5 еквивалента на пълно работно време за управление на клъстера
page-of = Страница { $page } от { $pages }

register-title = Създаване на профил
register-submit = Създаване на профил
register-have-account = Вече имате профил?
login-title = Вход
login-submit = Вход
login-no-account = Все още нямате профил?
login-failed = Грешен имейл адрес или парола.
form-has-errors = Моля, коригирайте отбелязаните полета.
field-display-name = Вашето име
field-email = Имейл адрес
field-password = Парола
password-hint = Поне 10 знака.
field-password-confirm = Повторете паролата
field-current-password = Текуща парола
field-new-password = Нова парола
password-changed = Паролата ви беше сменена. Всички други сесии бяха прекратени.

account-title = Вашият профил
account-since = Дата на регистрация
account-role = Роля
account-organisations = Вашите организации
account-no-organisations = Все още не сте свързани с никоя организация.
account-password = Смяна на паролата
account-change-password = Смяна на паролата
account-tokens = Лични API токени
account-tokens-hint = Токените позволяват на скриптове да използват JSON API от ваше име: изпращайте ги в заглавката "Authorization: Bearer <token>".
account-token-once = Копирайте този токен сега: той няма да бъде показан отново.
token-created = Създаден
token-last-used = Последно използван
token-delete = Изтриване
token-name = Име на нов токен
token-create = Създаване на токен
copy = Копиране
actions = Действия
role-platform-admin = Администратор на платформата
role-admin = Администратор на организацията
role-member = Член

invitation-title = Покана
invitation-text = Поканени сте да се присъедините към { $org } с роля „{ $role }“.
invitation-wrong-user = Тази покана е изпратена до { $email }. Влезте с този адрес, за да я приемете.
invitation-accept = Приемане на поканата
invitation-login-first = За да приемете поканата, влезте или създайте профил с имейл адреса, до който е изпратена.

directory-title = Каталог на организациите
search-label = Търсене на организации
search-placeholder = Наименование, продукт, технология… на всеки език
search-submit = Търсене
facets-label = Филтри
facet-clear = премахване на филтъра
facet-type = Вид
facet-country = Държава
facet-region = Регион (NUTS)
facet-nace-section = Сектор (NACE)
facet-nace-division = Дейност (раздел по NACE)
facet-verified = Проверка
verified-true = Проверени
verified-false = Непроверени
export = Експорт
pagination = Страници
page-prev = Предишна
page-next = Следваща
badge-verified = Проверен
badge-pending = Очаква проверка
badge-rejected = Отказана проверка
badge-unverified = Непроверен
badge-demo = Демонстрационни данни

kind-cluster = Клъстерна организация
kind-company = Предприятие
kind-university = Университет
kind-research = Научноизследователска организация
kind-public_authority = Публичен орган
kind-business_support = Организация за подкрепа на бизнеса
kind-other = Друго
size-micro = Микропредприятие (под 10 служители)
size-small = Малко предприятие (под 50 служители)
size-medium = Средно предприятие (под 250 служители)
size-large = Голямо предприятие
ecosystem-aerospace_defence = Авиационна, космическа и отбранителна промишленост
ecosystem-agri_food = Агрохранителна
ecosystem-construction = Строителство
ecosystem-cultural_creative = Културни и творчески индустрии
ecosystem-digital = Цифрова
ecosystem-electronics = Електроника
ecosystem-energy_intensive = Енергоемки индустрии
ecosystem-renewable_energy = Възобновяема енергия
ecosystem-health = Здравеопазване
ecosystem-mobility_transport_automotive = Мобилност – транспорт – автомобилостроене
ecosystem-proximity_social_economy = Местна и социална икономика
ecosystem-retail = Търговия на дребно
ecosystem-textile = Текстил
ecosystem-tourism = Туризъм

org-new-title = Добавяне на организация
org-edit-title = Редактиране: { $name }
org-edit = Редактиране на профила
org-people = Екип
org-members-manage = Управление на членовете
org-updated = Последна актуализация
org-member-of = Членува в
org-members = Членове
org-members-list = вижте списъка
triple-helix = Членове по вид
count = Брой
field-name = Наименование
field-short-name = Кратко наименование
field-type = Вид
field-size-class = Размер на предприятието
size-hint = Само за предприятия.
field-country = Държава
field-nuts = Регион (NUTS 2021)
field-nace = Дейности (кодове по NACE Rev. 2)
nace-hint = Кодове, разделени със запетаи, напр. 35.11, 71.12. Вижте списъка:
field-ecosystems = Индустриални екосистеми
field-keywords = Технологии и ключови думи
list-hint = Разделени със запетаи.
field-website = Уебсайт
field-year-founded = Година на основаване
field-languages = Езици за комуникация
languages-hint = Кодове на езици, разделени със запетаи, напр. pl, en, de.
field-management-fte = Персонал за управление на клъстера (еквивалент на пълно работно време)
fte-hint = Само за клъстерни организации, напр. 1,5.
field-descriptions = Описание
field-description-en = Описание на английски
field-description-pl = Описание на полски
field-description-bg = Описание на български
field-role = Роля
field-member = Организация членка
field-reason = Причина
field-checklist = Контролен списък за проверка
field-file = Файл
field-form = Формуляр
field-q = Текст за търсене
field-region = Регион
field-verified = Проверка
field-page = Страница
description-other-lang = Друг език (код)
description-other = Описание на този език
save = Запазване
language-en = английски
language-pl = полски
language-bg = български
language-cs = чешки
language-sk = словашки
language-de = немски
language-es = испански
language-fr = френски
language-it = италиански
language-hu = унгарски
language-ro = румънски
language-lt = литовски
language-sl = словенски
language-hr = хърватски
language-el = гръцки
language-pt = португалски
language-nl = нидерландски
language-sv = шведски
language-uk = украински
language-ru = руски
language-ca = каталонски

verification-title = Проверка
verification-request = Заявяване на проверка
verification-rejected-because = Последната заявка за проверка беше отказана:
members-title = Членове на { $name }
member-committed = Ангажиран член
member-add = Добавяне на член
member-find = Търсене на организация по наименование
member-add-button = Добавяне
confirm-remove = Да се премахне ли?
remove = Премахване
yes = Да
no = Не
people-title = Екип на { $name }
invite-title = Поканете колега
invite-created = Поканата е създадена. Изпратете тази връзка на колегата си (изпращането на имейли не е настроено на този сървър):
invite-submit = Създаване на покана
invitations-pending = Чакащи покани

vocab-nace-intro = Статистическа класификация на икономическите дейности в Европейската общност. Щракнете върху код, за да видите организациите, които извършват тази дейност. Региони:
nace-levels = Нива
nace-level-1 = Сектори
nace-level-2 = Раздели
nace-level-3 = Групи
nace-level-4 = Класове
vocab-level-missing = Това ниво все още не е инсталирано: изпълнете първоначалната настройка (make run) или "klaster import nace FILE --lang LL".
code = Код
label = Наименование
parent = Горно ниво
level = Ниво
show = Показване

admin-title = Администриране
admin-queue = Заявки за проверка
admin-queue-empty = Няма профили, които очакват проверка.
admin-check-by-hand = Не е клъстерна организация: проверете профила ръчно.
admin-reason = Причина (задължителна при отказ)
admin-approve = Потвърждаване
admin-reject = Отказ
admin-import = Импортиране на организации (CSV)
admin-import-hint = Колони: name, type, country (задължителни), short_name, size_class, nuts, nace, ecosystems, keywords, website, year_founded, languages, management_fte, description_LL. Елементите в списъците се разделят с точка и запетая. Импортират се или всички редове, или нито един.
admin-import-failed = Нищо не беше импортирано. Коригирайте тези редове и опитайте отново:
admin-import-file = CSV файл (UTF-8)
admin-import-submit = Импортиране
admin-audit = Последни действия
line = Ред
field = Поле
problem = Проблем
when = Кога
who = Потребител
what = Действие
subject = Обект

# Съобщения при проверка на данните: ключът е "v-" + английското съобщение като slug; текстът следва името на полето.
v-must-not-be-empty = не може да бъде празно
v-is-already-registered = вече е регистриран
v-does-not-match-the-password = не съвпада с паролата
v-does-not-match-the-new-password = не съвпада с новата парола
v-is-not-your-current-password = не съвпада с текущата ви парола
v-is-not-an-e-mail-address = не е валиден имейл адрес
v-is-not-an-e-mail-address-no = не е валиден имейл адрес (липсва @)
v-is-longer-than-254-characters = съдържа повече от 254 знака
v-applies-to-companies-only = важи само за предприятия
v-must-start-with-http-or-https = трябва да започва с http:// или https://
v-is-not-a-web-address = не е валиден уеб адрес
v-must-be-a-year-e-g-2012 = трябва да е година, напр. 2012
v-must-be-1-to-80-characters-long = трябва да съдържа от 1 до 80 знака
v-must-not-be-empty-when-rejecting = не може да бъде празно при отказ
v-must-be-an-organisation-id = трябва да е идентификатор на организация
v-only-cluster-organisations-have-members = само клъстерните организации могат да имат членове
v-a-cluster-cannot-be-its-own-member = клъстерът не може да бъде член на самия себе си
v-no-organisation-has-this-id = няма организация с такъв идентификатор
v-no-file-was-uploaded = не е качен файл
v-is-not-utf-8-text = не е текст в кодировка UTF-8
v-is-given-twice = е въведено два пъти
v-at-most-20-codes = най-много 20 кода
v-at-most-30-keywords = най-много 30 ключови думи
v-each-keyword-must-be-at-most-60-characters-long = всяка ключова дума трябва да съдържа най-много 60 знака
v-must-be-a-number-of-full-time-equivalents-between-0-and-1000-e-g-1-5 = трябва да е брой еквиваленти на пълно работно време между 0 и 1000, напр. 1,5
v-must-be-true-or-false = трябва да е true или false
v-is-too-large = стойността е твърде голяма
v-the-file-has-no-organisations-in-it = файлът не съдържа организации
v-a-cluster-with-members-cannot-change-its-type-remove-its-members-first = клъстер с членове не може да смени вида си; първо премахнете членовете му

# Validation messages that carry a value ($value, $country, $max, $list).
v-not-region-of = { $value } не е регион на { $country }
v-not-nuts = { $value } не е регион по NUTS 2021
v-not-nace = { $value } не е код по NACE Rev. 2
v-not-country = { $value } не е известен код на държава
v-year-range = трябва да е между 1800 и { $max }
v-not-nace-shape = „{ $value }“ не е код по NACE Rev. 2 (напр. C, 26, 26.1 или 26.11)
v-not-nuts-shape = „{ $value }“ не е код по NUTS (напр. PL81 или BG311)
v-not-country-shape = „{ $value }“ не е двубуквен код на държава
v-not-language = „{ $value }“ не е код на език (напр. en, pl, bg)
v-not-one-of = „{ $value }“ не е от допустимите стойности: { $list }
v-min-chars = трябва да съдържа поне { $n } { $n ->
    [one] знак
   *[other] знака
}
v-max-chars = трябва да съдържа най-много { $n } { $n ->
    [one] знак
   *[other] знака
}
v-whole-number-range = трябва да е цяло число от { $min } до { $max }
v-not-datetime = „{ $value }“ не е дата и час във формат 2014-10-20T09:00
v-not-timezone = „{ $value }“ не е часова зона
v-not-currency = „{ $value }“ не е код на валута, напр. EUR
v-no-organisation = организация { $value } не съществува
v-given-twice = { $value } е посочен два пъти
