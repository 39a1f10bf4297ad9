## templates/pages/index.html

home-title = Tài khoản ACME bị tạm dừng
home-heading = Vì sao ứng dụng khách ACME của tôi bị tạm dừng?
home-intro = { $ca } tạm dừng việc cấp chứng chỉ cho một tài khoản ACME, với một số hoặc tất cả tên miền, khi một ứng dụng khách đã xác thực thất bại trong thời gian dài mà chưa thành công lần nào. Phần lớn những ứng dụng khách như vậy đã bị bỏ quên; việc tạm dừng chúng giúp mọi người đỡ tốn công sức.
home-link = Nếu bạn có liên kết từ thông báo lỗi của ứng dụng khách hoặc từ email, hãy mở nó: trang đó cho biết chính xác những gì đang bị tạm dừng và cho phép bạn bỏ tạm dừng chỉ với một cú nhấp.
home-no-link = Không có liên kết? Hãy chạy ứng dụng khách thêm một lần: thông báo lỗi của nó chứa một liên kết mới.
home-help-link = Cần kiểm tra những gì, và cách thử bản sửa lỗi

## templates/pages/help.html

help-title = Trợ giúp cho tài khoản ACME bị tạm dừng
help-heading = Trợ giúp cho tài khoản ACME bị tạm dừng
help-toc = Trên trang này
help-why-heading = Vì sao tôi bị tạm dừng?
help-why = { $ca } tạm dừng một tài khoản ACME đối với một tên miền khi ứng dụng khách của tài khoản đó liên tục không xác thực được tên miền ấy trong thời gian dài, mà không lấy được chứng chỉ nào. Khi một tài khoản có nhiều tên miền bị tạm dừng và chưa từng thành công lần nào, toàn bộ tài khoản có thể bị tạm dừng. Bản thân tài khoản của bạn không có vấn đề gì: chỉ là có điều gì đó giữa ứng dụng khách và tên miền đã thay đổi.
help-check-heading = Cần kiểm tra những gì
help-check-domain = Tên miền có còn được đăng ký, và vẫn thuộc về bạn không? Một tên miền đã hết hạn sẽ không bao giờ xác thực được.
help-check-dns = Các bản ghi DNS của tên miền (A, AAAA, CNAME) có còn trỏ đến máy chủ nơi ứng dụng khách đang chạy không?
help-check-http = Máy chủ đó có phản hồi trên cổng 80 cho tên miền này không, và có phục vụ /.well-known/acme-challenge/ từ thư mục mà ứng dụng khách ghi vào không?
help-check-old = Có máy chủ cũ, container hay bảng điều khiển hosting nào vẫn đang chạy tác vụ gia hạn cho một tên miền bạn đã chuyển đi không? Hãy xóa tác vụ đó, hoặc xóa tên miền khỏi tác vụ.
help-unpause-heading = Bỏ tạm dừng
help-unpause = Hãy mở liên kết trong thông báo lỗi của ứng dụng khách hoặc trong email. Trang đó liệt kê những gì đang bị tạm dừng; hãy bỏ tạm dừng tất cả, hoặc chỉ những tên miền bạn vẫn dùng. Nếu sau đó ứng dụng khách vẫn tiếp tục thất bại, các tên miền sẽ lại bị tạm dừng.
help-find-link-heading = Tìm liên kết của bạn
help-find-link = Liên kết kết thúc bằng “?jwt=” theo sau là một đoạn mã dài. Ứng dụng khách thường để nó lẫn trong một tệp nhật ký hoặc một thông báo lỗi JSON: hãy tìm “unpause” trong nhật ký và sao chép toàn bộ liên kết.
help-forum = Vẫn chưa giải quyết được? Hãy hỏi trên diễn đàn cộng đồng. Hãy nêu tên miền và thông báo lỗi, nhưng đừng đăng liên kết: bất kỳ ai có liên kết đó đều có thể bỏ tạm dừng tài khoản của bạn.

## templates/partials/find_link.html

find-link-intro = Hãy dán thông báo lỗi của ứng dụng khách ACME hoặc một đoạn nhật ký của nó vào bên dưới, bao nhiêu cũng được. Cổng thông tin sẽ tìm liên kết bỏ tạm dừng trong đó, kể cả khi liên kết bị escape (thoát ký tự), nằm trong dấu ngoặc kép hoặc bị ngắt thành nhiều dòng, rồi đưa bạn đến đó. Những gì bạn dán vào sẽ không được lưu lại.
find-link-label = Thông báo lỗi hoặc đoạn trích nhật ký
find-link-button = Tìm liên kết của tôi

## templates/pages/find_link.html

find-link-title = Tìm liên kết của tôi
find-link-none-heading = Không tìm thấy liên kết bỏ tạm dừng
find-link-none-body = Văn bản này không chứa liên kết bỏ tạm dừng nào. Hãy tìm dòng có nhắc đến “unpause” hoặc “jwt=”, hoặc chạy ứng dụng khách thêm một lần và sao chép toàn bộ thông báo lỗi của nó.
find-link-cut-heading = Liên kết có vẻ bị cắt cụt
find-link-cut-body = Văn bản có phần đầu của một liên kết bỏ tạm dừng nhưng không đầy đủ. Hãy sao chép lại toàn bộ thông báo, kể cả phần liên kết tiếp tục ở dòng sau.
find-link-empty-heading = Không có gì để tìm
find-link-empty-body = Trước tiên, hãy dán một đoạn văn bản vào ô.
