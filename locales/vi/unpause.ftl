## templates/pages/unpause.html

unpause-title = Bỏ tạm dừng tài khoản ACME của bạn
unpause-heading-paused = Việc cấp chứng chỉ cho tài khoản này đang bị tạm dừng
unpause-heading-clear = Tài khoản này không có gì bị tạm dừng
unpause-account = Tài khoản ACME { $account }
unpause-account-paused = Toàn bộ tài khoản đã bị tạm dừng từ { $since }: tài khoản không thể yêu cầu chứng chỉ cho bất kỳ tên miền nào cho đến khi bạn bỏ tạm dừng.
unpause-count =
    { $count ->
       *[other] { $count } tên miền đang bị tạm dừng.
    }
unpause-since = Lần tạm dừng sớm nhất bắt đầu từ { $since }.
unpause-why-heading = Vì sao điều này xảy ra
unpause-why = Một ứng dụng khách ACME dùng tài khoản này đã liên tục không xác thực được các tên miền này trong một thời gian dài, và chưa lần nào lấy được chứng chỉ. Điều này thường có nghĩa là ứng dụng khách đã bị bỏ quên: tên miền đã hết hạn, DNS của nó giờ trỏ đến nơi khác, máy chủ web đã thay đổi, hoặc một tác vụ cũ trong bảng điều khiển hosting vẫn đang chạy. Để chấm dứt công sức lãng phí đó, { $ca } không còn nhận yêu cầu cấp chứng chỉ cho các tên miền này từ tài khoản này nữa.
unpause-what-heading = Bỏ tạm dừng
unpause-what = Bỏ tạm dừng cho phép tài khoản này yêu cầu chứng chỉ cho các tên miền này trở lại, ngay lập tức. Nếu ứng dụng khách tiếp tục thất bại, các tên miền sẽ lại bị tạm dừng.
unpause-all-button = Bỏ tạm dừng tất cả
unpause-select-heading = Hoặc chỉ bỏ tạm dừng một số tên miền
unpause-select-hint = Đánh dấu các tên miền bạn vẫn dùng, rồi nhấn nút bên dưới.
unpause-name-since = từ { $since }
unpause-more =
    { $count ->
       *[other] Còn { $count } tên miền bị tạm dừng khác không được liệt kê ở đây; “Bỏ tạm dừng tất cả” cũng áp dụng cho chúng.
    }
unpause-selected-button = Chỉ bỏ tạm dừng các tên miền đã đánh dấu
unpause-clear-text = Không có gì cần bỏ tạm dừng: tài khoản này có thể yêu cầu chứng chỉ cho bất kỳ tên miền nào. Nếu ứng dụng khách của bạn vẫn báo bị tạm dừng, lỗi đó có thể đến từ một tài khoản khác.
unpause-help-link = Cần kiểm tra những gì, và cách thử bản sửa lỗi

## templates/pages/unpause_status.html

status-title = Kết quả bỏ tạm dừng
status-done-heading = Đã bỏ tạm dừng
status-account = Đã gỡ bỏ việc tạm dừng toàn bộ tài khoản.
status-names =
    { $count ->
        [0] Không có tên miền nào bị tạm dừng cần bỏ tạm dừng.
       *[other] Đã bỏ tạm dừng { $count } tên miền.
    }
status-remaining =
    { $count ->
       *[other] Vẫn còn { $count } tên miền bị tạm dừng. Hãy mở lại liên kết của bạn để bỏ tạm dừng cả những tên miền đó.
    }
status-next = Ứng dụng khách của bạn đã có thể yêu cầu chứng chỉ trở lại. Hãy theo dõi lần chạy tiếp theo của nó: nếu lại thất bại, các tên miền sẽ lại bị tạm dừng.
status-nothing-heading = Không có gì cần bỏ tạm dừng
status-nothing = Mọi thứ đều đã được bỏ tạm dừng từ trước; không có gì thay đổi.
status-none-heading = Không có lần bỏ tạm dừng nào gần đây
status-none = Trang này hiển thị kết quả của lần bỏ tạm dừng được thực hiện trong trình duyệt này. Để xem trạng thái hiện tại, hãy mở liên kết trong thông báo lỗi của ứng dụng khách ACME hoặc trong email.
unpause-count-many = Hơn { $count } tên miền đang bị tạm dừng.
unpause-more-many = Còn nhiều tên miền bị tạm dừng khác không được liệt kê ở đây; “Bỏ tạm dừng tất cả” cũng áp dụng cho chúng.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Sau một lần tạm dừng mới, bạn không thể bỏ tạm dừng tại đây trước { $until }: hãy sửa và thử nghiệm client trước.
       *[other] Trước { $until }, chỉ còn { $count } lần bỏ tạm dừng nữa sau một lần tạm dừng mới: hãy sửa và thử nghiệm client trước.
    }
