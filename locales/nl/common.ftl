## templates/base.html

common-site-name = { $ca } – portaal om pauzes op te heffen
common-skip = Naar de inhoud
common-nav-label = Website
common-nav-help = Help
common-footer-forum = Hulp nodig? Stel je vraag op het communityforum.

## templates/partials/staging.html

staging-heading = Test je oplossing eerst op staging
staging-intro = Los eerst het probleem in je client op en test de oplossing daarna in de stagingomgeving. Staging werkt net als productie, maar geeft testcertificaten uit die browsers niet vertrouwen, en heeft veel ruimere limieten; uitproberen kost daar dus niets. De directory-URL is:
staging-clients-caption = Zo stel je populaire ACME-clients in op staging
staging-col-client = Client
staging-col-command = Opdracht of instelling
staging-after = Zodra je client een testcertificaat van staging krijgt, zet je hem terug op productie, hef je de pauze op en voer je hem opnieuw uit.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Nederlands
common-language-label = Taal
common-language-button = Wisselen
common-footer-docs = Documentatie
