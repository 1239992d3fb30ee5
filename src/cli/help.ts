/** `chibo4tot --help` */
export const HELP_TEXT = `chibo4tot: đánh giá "Chi bộ bốn tốt" trên bảng tính .xlsx, không cần mạng.

Cách dùng:
  chibo4tot init TỆP.xlsx
      Tạo bảng tính trống với các trang Thông tin chung, Đảng viên, Sinh hoạt,
      Nhiệm vụ, Sự việc, Cấu hình (có danh sách chọn và ghi chú ở mỗi cột).
      Không ghi đè tệp đã có.

  chibo4tot evaluate TỆP.xlsx [--year NĂM] [--as-of YYYY-MM-DD] [--json] [--out KẾT_QUẢ.xlsx]
      Đánh giá và in kết quả: kết luận, từng tiêu chí, từng chỉ báo, các lỗi dữ liệu.
      --year NĂM         năm đánh giá (thay cho "Năm đánh giá" trong Thông tin chung)
      --as-of NGÀY       đánh giá đến ngày này, dạng 2024-12-31 (mặc định: hôm nay)
      --json             chỉ in kết quả dạng JSON
      --out TỆP.xlsx     ghi một bản sao bảng tính có thêm trang "Đánh giá <năm>"
                         (tệp đầu vào không bao giờ bị sửa)

  chibo4tot --help       in hướng dẫn này
`;
