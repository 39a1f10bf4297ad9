## templates/pages/error.html

error-invalid-link-title = Liên kết bỏ tạm dừng này không hợp lệ
error-invalid-link-body = Liên kết bị thiếu hoặc đã bị thay đổi trên đường truyền. Hãy sao chép toàn bộ liên kết trong thông báo lỗi của ứng dụng khách ACME hoặc trong email, bao gồm mọi thứ sau “jwt=”, rồi mở lại.
error-expired-link-title = Liên kết bỏ tạm dừng này đã hết hạn
error-expired-link-body = Liên kết bỏ tạm dừng chỉ có hiệu lực trong một thời gian giới hạn. Để có liên kết mới, hãy chạy ứng dụng khách ACME thêm một lần (tốt nhất là với staging trước): thông báo lỗi của nó sẽ chứa một liên kết mới. Email thông báo cũng có một liên kết.
error-bad-request-title = Không thể hiểu được yêu cầu
error-bad-request-body = Hãy quay lại trang bỏ tạm dừng, tải lại trang, rồi thử lại.
error-forbidden-title = Yêu cầu đã bị từ chối
error-forbidden-body = Để bảo đảm an toàn cho bạn, việc bỏ tạm dừng chỉ thực hiện được từ chính trang bỏ tạm dừng, trong cùng một phiên trình duyệt. Hãy mở lại liên kết của bạn và dùng nút ở trang đó.
error-not-found-title = Không tìm thấy trang
error-not-found-body = Không có gì ở địa chỉ này. Hãy bắt đầu lại từ trang chủ.
error-method-title = Không thể thực hiện thao tác này ở đây
error-method-body = Địa chỉ này không chấp nhận loại yêu cầu đó. Hãy bắt đầu lại từ trang chủ.
error-too-large-title = Yêu cầu quá lớn
error-too-large-body = Yêu cầu chứa nhiều dữ liệu hơn mức cổng thông tin này chấp nhận. Hãy tải lại trang bỏ tạm dừng rồi thử lại.
error-unavailable-title = Tạm thời không khả dụng
error-unavailable-body = Hiện cổng thông tin không kết nối được với cơ sở dữ liệu. Vui lòng thử lại sau một phút, rồi mở lại liên kết của bạn để xem trạng thái hiện tại.
error-internal-title = Đã xảy ra sự cố
error-internal-body = Đã có lỗi xảy ra ở phía chúng tôi. Hãy mở lại liên kết của bạn để xem trạng thái hiện tại. Nếu sự cố lặp lại, hãy cung cấp mã tham chiếu bên dưới khi bạn nhờ trợ giúp.
error-request-id = Mã tham chiếu: { $id }
error-home = Trang chủ
error-too-many-title = Quá nhiều yêu cầu
error-too-many-body = Trình duyệt hoặc mạng này đã gửi nhiều yêu cầu hơn mức cổng thông tin chấp nhận trong một khoảng thời gian ngắn. Hãy đợi một phút, rồi mở lại liên kết của bạn.
error-unpause-too-often-title = Hãy sửa ứng dụng khách ACME trước
error-unpause-too-often-body = Tài khoản này gần đây đã được bỏ tạm dừng nhiều lần và lần nào cũng bị tạm dừng lại, vì ứng dụng khách ACME của nó liên tục thất bại. Bỏ tạm dừng thêm lần nữa sẽ không giúp ích gì cho đến khi ứng dụng khách được sửa. Hãy tìm ứng dụng khách đang thất bại, sửa cấu hình của nó, rồi thử nghiệm trên môi trường staging. Bạn có thể bỏ tạm dừng lại sau; thời gian chờ được hiển thị bên dưới. Nếu cần giúp đỡ, hãy hỏi trên diễn đàn cộng đồng.
error-retry-after = Bạn có thể thử lại sau { $time }.
