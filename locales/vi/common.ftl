## templates/base.html

common-site-name = Cổng bỏ tạm dừng của { $ca }
common-skip = Chuyển đến nội dung chính
common-nav-label = Trang web
common-nav-help = Trợ giúp
common-footer-forum = Cần giúp đỡ? Hãy hỏi trên diễn đàn cộng đồng.

## templates/partials/staging.html

staging-heading = Hãy thử bản sửa lỗi trên môi trường staging trước
staging-intro = Trước tiên, hãy sửa ứng dụng khách của bạn, rồi kiểm chứng bản sửa đó trên môi trường staging. Staging hoạt động giống môi trường chính thức nhưng cấp chứng chỉ thử nghiệm mà trình duyệt không tin cậy, và có giới hạn cao hơn nhiều, nên thử ở đó không tốn gì cả. URL thư mục (directory) của nó là:
staging-clients-caption = Cách chuyển các ứng dụng khách ACME phổ biến sang staging
staging-col-client = Ứng dụng khách
staging-col-command = Lệnh hoặc thiết lập
staging-after = Khi ứng dụng khách của bạn đã nhận được chứng chỉ thử nghiệm từ staging, hãy chuyển nó trở lại môi trường chính thức, bỏ tạm dừng, rồi chạy lại.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Tiếng Việt
common-language-label = Ngôn ngữ
common-language-button = Chuyển
common-footer-docs = Tài liệu
