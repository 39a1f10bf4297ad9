## templates/base.html

common-site-name = { $ca }: портал відновлення випуску
common-skip = Перейти до вмісту
common-nav-label = Сайт
common-nav-help = Довідка
common-footer-forum = Потрібна допомога? Запитайте на форумі спільноти.

## templates/partials/staging.html

staging-heading = Спершу перевірте виправлення в тестовому середовищі (staging)
staging-intro = Спершу виправте клієнт, а потім переконайтеся, що виправлення працює, у тестовому середовищі (staging). Воно влаштоване так само, як робоче середовище (production), але видає тестові сертифікати, яким браузери не довіряють, і ліміти в нього значно вищі, тож спроби там нічого не коштують. Адреса його каталогу ACME (directory URL):
staging-clients-caption = Як перемкнути популярні ACME-клієнти на тестове середовище
staging-col-client = Клієнт
staging-col-command = Команда або налаштування
staging-after = Коли клієнт отримає тестовий сертифікат у тестовому середовищі, перемкніть його назад на робоче середовище, відновіть випуск і запустіть клієнт знову.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Українська
common-language-label = Мова
common-language-button = Змінити
common-footer-docs = Документація
