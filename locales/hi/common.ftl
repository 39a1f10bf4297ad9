## templates/base.html

common-site-name = { $ca } रोक हटाने का पोर्टल
common-skip = सीधे सामग्री पर जाएँ
common-nav-label = साइट
common-nav-help = सहायता
common-footer-forum = मदद चाहिए? सामुदायिक फ़ोरम पर पूछें।

## templates/partials/staging.html

staging-heading = पहले स्टेजिंग पर अपने सुधार को परखें
staging-intro = पहले अपना क्लाइंट ठीक करें, फिर स्टेजिंग एनवायरनमेंट पर जाँचकर पक्का करें कि सुधार काम करता है। स्टेजिंग बिल्कुल प्रोडक्शन की तरह काम करता है, लेकिन ऐसे टेस्ट सर्टिफ़िकेट जारी करता है जिन पर ब्राउज़र भरोसा नहीं करते, और इसकी सीमाएँ कहीं ज़्यादा हैं, इसलिए वहाँ आज़माने में कोई नुकसान नहीं है। इसका डायरेक्टरी URL यह है:
staging-clients-caption = लोकप्रिय ACME क्लाइंट में स्टेजिंग कैसे सेट करें
staging-col-client = क्लाइंट
staging-col-command = कमांड या सेटिंग
staging-after = जब आपके क्लाइंट को स्टेजिंग से टेस्ट सर्टिफ़िकेट मिल जाए, तो उसे वापस प्रोडक्शन पर सेट करें, रोक हटाएँ, और उसे फिर से चलाएँ।

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = हिन्दी
common-language-label = भाषा
common-language-button = बदलें
common-footer-docs = दस्तावेज़ीकरण
