# Предложения от срещи със заинтересовани страни и учебни посещения.
proposals-intro = Предложете пилотни действия и партньорски региони, от които да се учим, и подкрепете предложенията, с които сте съгласни.
proposals-none = Все още няма предложения.
proposals-login = Потвърдените участници могат да правят и подкрепят предложения.
proposal-kind-pilot_action = Пилотно действие
proposal-kind-partner_region = Партньорски регион
proposal-supports = { $count ->
    [one] { $n } подкрепа
   *[other] { $n } подкрепи
}
proposal-support = Подкрепям
proposal-unsupport = Оттегляне на подкрепата
proposal-became-visit = Превърна се в учебно посещение:
proposal-to-visit = Превръщане в учебно посещение
proposal-to-visit-submit = Създаване на учебното посещение
proposal-visit-hint = Учебното посещение се организира от организаторите на тази среща. Часовете са местни за часовата зона.
proposal-new = Ново предложение
proposal-field-kind = Вид
proposal-field-title = Заглавие
proposal-field-body = Описание
proposal-field-region = Регион, от който да се учим
proposal-region-hint = Код по NUTS (напр. ES52) или код на държава (напр. ES); задължителен за партньорски региони.
proposal-submit = Предлагане
visit-field-starts = Начало (местно време)
visit-field-ends = Край (местно време)
visit-field-timezone = Часова зона
visit-field-venue = Място
visit-field-city = Град
visit-field-country = Код на държавата
visit-field-region = Регион домакин (код по NUTS)
visit-host-region = Регион домакин
visit-hosts = Организации домакини
visit-programme = Програма
visit-source = Създадено от предложението
visit-delegation = Гостуваща делегация
visit-delegation-none = Все още няма делегати.
visit-delegate-hint = Добавете организация по нейния идентификатор или човек по име.
visit-delegate-org = Идентификатор на организацията
visit-delegate-name = Име на човека
visit-delegate-add = Добавяне към делегацията
visit-outcome = Резултат
visit-outcome-none = Все още няма бележка за резултата.
v-is-not-a-known-nuts-region-or-country = не е известен регион по NUTS или държава
