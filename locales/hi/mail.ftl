## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: ACME खाता { $account } के लिए सर्टिफ़िकेट जारी करने पर रोक लगी है
mail-paused-greeting = नमस्ते,
mail-paused-intro = { $ca } ने आपके ACME खाते { $account } के लिए सर्टिफ़िकेट जारी करने पर रोक लगा दी है। इस खाते का उपयोग करने वाला एक ACME क्लाइंट लंबे समय से डोमेन नामों का सत्यापन (validation) करने में लगातार विफल हो रहा था, और उसे एक भी सर्टिफ़िकेट सफलतापूर्वक नहीं मिला, इसलिए { $ca } ने इन डोमेन नामों के लिए उसके अनुरोध स्वीकार करना बंद कर दिया।
mail-paused-account = पूरे खाते पर रोक लगी है: जब तक आप रोक नहीं हटाते, यह खाता किसी भी डोमेन नाम के लिए सर्टिफ़िकेट नहीं माँग सकता।
mail-paused-names =
    { $count ->
        [one] { $count } डोमेन नाम पर रोक लगी है:
       *[other] { $count } डोमेन नामों पर रोक लगी है, जिनमें ये शामिल हैं:
    }
mail-paused-more =
    { $count ->
        [one] …और { $count } अन्य डोमेन नाम।
       *[other] …और { $count } अन्य डोमेन नाम।
    }
mail-paused-since = रोक { $since } से लगी है।
mail-paused-client-heading = विफल हो रहा क्लाइंट
mail-paused-client-ip = इसके अनुरोध IP पते { $ip } से आए थे।
mail-paused-client-agent = इसने अपनी पहचान इस तरह बताई: { $agent }
mail-paused-client-unknown = ACME सर्वर ने क्लाइंट का पता नहीं बताया।
mail-paused-action-heading = अब क्या करें
mail-paused-action = अगर आपको अब भी इन सर्टिफ़िकेट की ज़रूरत है: क्लाइंट को ढूँढें, उसे ठीक करें, स्टेजिंग पर सुधार को परखें, फिर इस पेज पर एक क्लिक से रोक हटाएँ:
mail-paused-link-button = रोक हटाने का पेज खोलें
mail-paused-link-expiry = यह लिंक { $until } तक काम करेगा। उसके बाद, आपके क्लाइंट को मिलने वाली त्रुटि में एक नया लिंक होगा।
mail-paused-ignore = अगर आप अब इन डोमेन नामों का उपयोग नहीं करते, तो आपको कुछ करने की ज़रूरत नहीं है: इन पर रोक लगी रहेगी। कृपया भूले हुए क्लाइंट को बंद कर दें।
mail-paused-footer = आपको यह ईमेल इसलिए मिला है क्योंकि यह पता { $ca } पर ACME खाते { $account } के संपर्क पते के रूप में दर्ज है। यह ईमेल हर रोक के लिए सिर्फ़ एक बार भेजा जाता है और इसमें कोई ट्रैकिंग नहीं है।
mail-in-your-language = यह सूचना आपकी भाषा में भी उपलब्ध है: ऊपर दिया गया लिंक खोलें, फिर पेज के ऊपर अपनी भाषा चुनें।
mail-paused-no-link = आपके ACME क्लाइंट को मिलने वाली अगली त्रुटि में रोक हटाने के पेज का लिंक होगा। आप उस त्रुटि संदेश को इस पेज पर पेस्ट भी कर सकते हैं, जो उसमें से लिंक ढूँढ लेता है:
