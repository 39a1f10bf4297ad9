## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: việc cấp chứng chỉ cho tài khoản ACME { $account } đang bị tạm dừng
mail-paused-greeting = Xin chào,
mail-paused-intro = { $ca } đã tạm dừng việc cấp chứng chỉ cho tài khoản ACME { $account } của bạn. Một ứng dụng khách ACME dùng tài khoản này đã liên tục không xác thực được các tên miền trong một thời gian dài, và chưa lần nào lấy được chứng chỉ, nên { $ca } đã ngừng nhận các yêu cầu cấp chứng chỉ của ứng dụng khách đó cho các tên miền này.
mail-paused-account = Toàn bộ tài khoản đang bị tạm dừng: tài khoản không thể yêu cầu chứng chỉ cho bất kỳ tên miền nào cho đến khi bạn bỏ tạm dừng.
mail-paused-names =
    { $count ->
       *[other] Có { $count } tên miền đang bị tạm dừng:
    }
mail-paused-more =
    { $count ->
       *[other] …và { $count } tên miền khác.
    }
mail-paused-since = Bị tạm dừng từ { $since }.
mail-paused-client-heading = Ứng dụng khách đang gặp lỗi
mail-paused-client-ip = Các yêu cầu của ứng dụng khách này đến từ địa chỉ IP { $ip }.
mail-paused-client-agent = Thông tin nhận dạng mà ứng dụng khách gửi kèm: { $agent }
mail-paused-client-unknown = Máy chủ ACME không cho biết địa chỉ của ứng dụng khách.
mail-paused-action-heading = Bạn cần làm gì
mail-paused-action = Nếu bạn vẫn cần các chứng chỉ này: hãy tìm ứng dụng khách đó, sửa lỗi, thử bản sửa lỗi trên môi trường staging, rồi bỏ tạm dừng chỉ với một cú nhấp trên trang này:
mail-paused-link-button = Mở trang bỏ tạm dừng
mail-paused-link-expiry = Liên kết này có hiệu lực đến { $until }. Sau thời điểm đó, thông báo lỗi mà ứng dụng khách của bạn nhận được sẽ chứa một liên kết mới.
mail-paused-ignore = Nếu bạn không còn dùng các tên miền này, bạn không cần làm gì cả: chúng sẽ tiếp tục bị tạm dừng. Tuy vậy, xin hãy tắt ứng dụng khách đã bị bỏ quên đó.
mail-paused-footer = Bạn nhận được email này vì địa chỉ này là địa chỉ liên hệ của tài khoản ACME { $account } tại { $ca }. Email này chỉ được gửi một lần cho mỗi lần tạm dừng và không chứa bất kỳ cơ chế theo dõi nào.
mail-in-your-language = Thông báo này cũng có bằng tiếng Việt: hãy mở liên kết ở trên, rồi chọn “Tiếng Việt” ở đầu trang.
mail-paused-no-link = Thông báo lỗi tiếp theo mà ứng dụng khách ACME của bạn nhận được sẽ chứa một liên kết đến trang bỏ tạm dừng. Bạn cũng có thể dán thông báo lỗi đó vào trang này để tìm liên kết trong đó:
