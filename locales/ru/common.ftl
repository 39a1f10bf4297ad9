## templates/base.html

common-site-name = { $ca }: портал возобновления выпуска
common-skip = Перейти к содержимому
common-nav-label = Сайт
common-nav-help = Справка
common-footer-forum = Нужна помощь? Спросите на форуме сообщества.

## templates/partials/staging.html

staging-heading = Сначала проверьте исправление в тестовой среде (staging)
staging-intro = Сначала исправьте клиент, а затем убедитесь, что исправление работает, в тестовой среде (staging). Она устроена так же, как рабочая среда (production), но выдаёт тестовые сертификаты, которым браузеры не доверяют, и лимиты у неё гораздо выше, так что попытки там ничего не стоят. Адрес её каталога ACME (directory URL):
staging-clients-caption = Как переключить популярные ACME-клиенты на тестовую среду
staging-col-client = Клиент
staging-col-command = Команда или настройка
staging-after = Когда клиент получит тестовый сертификат в тестовой среде, переключите его обратно на рабочую среду, возобновите выпуск и запустите клиент снова.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Русский
common-language-label = Язык
common-language-button = Сменить
common-footer-docs = Документация
