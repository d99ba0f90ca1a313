bk-nav-label = B2B срещи
bk-nav-overview = Общ преглед
bk-nav-participants = Участници
bk-nav-requests = Моите заявки
bk-nav-agenda = Моят график
bk-nav-setup = Настройки
bk-nav-dashboard = Табло на организатора
